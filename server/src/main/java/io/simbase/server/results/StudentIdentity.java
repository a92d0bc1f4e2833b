package io.simbase.server.results;

import io.simbase.server.auth.Roster;

/**
 * Who a result belongs to. A student on the class roster is known by their student number, the
 * identity that stays theirs from any browser and across a corrected spelling of their name; a
 * student who joined with only a display name has no identity beyond their sign-in name
 * ({@code name#tag}), and staff are their account. Immutable.
 *
 * @param key  what results are kept and found by (unique within a class)
 * @param name what the instructor reads
 */
public record StudentIdentity(String key, String name) {
    public StudentIdentity {
        ResultFields.requireName("student identity", key);
        ResultFields.requireName("student name", name);
    }

    /**
     * The identity of the principal called {@code principalName} in class {@code classCode}
     * ("" for none). A roster student's principal name is {@code name#number}
     * ({@link Roster.Student#principalName()}); when the roster holds that student the key is the
     * number and the name the roster's.
     */
    public static StudentIdentity of(String principalName, String classCode, Roster roster) {
        int hash = principalName.lastIndexOf('#');
        if (hash < 0) {
            return new StudentIdentity(principalName, principalName);
        }
        String number = principalName.substring(hash + 1);
        if (roster != null && classCode != null && !classCode.isEmpty()) {
            for (Roster.Student s : roster.of(classCode)) {
                if (s.number().equals(number) && s.principalName().equals(principalName)) {
                    return new StudentIdentity(s.number(), s.name());
                }
            }
        }
        String name = principalName.substring(0, hash);
        return new StudentIdentity(principalName, name.isEmpty() ? principalName : name);
    }
}
