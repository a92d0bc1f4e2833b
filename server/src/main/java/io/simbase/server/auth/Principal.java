package io.simbase.server.auth;

/**
 * Who is on a connection: an account (instructor, technician) or a student who joined a class.
 *
 * @param name account name, or a student's display name qualified by the class code
 * @param role what the principal may do
 * @param classCode the class a student joined; empty for staff
 */
public record Principal(String name, Role role, String classCode) {
}
