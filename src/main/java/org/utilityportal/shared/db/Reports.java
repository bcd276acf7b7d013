package org.utilityportal.shared.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@code JdbcClient} of read-only report queries (dashboards, exports,
 * searches): it reads from the streaming replica when one is configured and current
 * enough, else from the primary ({@link ReplicaConfiguration}). Only for reads that may
 * be a few seconds behind: never a page that must show what the user just saved.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface Reports {

}
