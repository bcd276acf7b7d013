package org.utilityportal.identity;

/**
 * A member of staff as other modules see them.
 *
 * @param id the user account id
 * @param name display name
 * @param workNumber work number (工号)
 * @param grade key-account manager grade, {@code null} when not a manager
 */
public record StaffMember(long id, String name, String workNumber, ManagerGrade grade) {

}
