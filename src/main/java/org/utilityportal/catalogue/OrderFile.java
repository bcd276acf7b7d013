package org.utilityportal.catalogue;

/**
 * A document file kept with an order.
 *
 * @param fileName the name it was uploaded with (made safe for a download header)
 * @param contentType its type as recognised from its content
 * @param content the bytes
 */
public record OrderFile(String fileName, String contentType, byte[] content) {

}
