package io.simbase.server.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.server.auth.PasswordHasher;
import io.simbase.server.auth.Roster;
import org.junit.jupiter.api.Test;

/** Results follow a roster student's number; others go by their sign-in name. */
class StudentIdentityTest {
    private final Roster roster = Roster.inMemory(new PasswordHasher(1000));

    @Test
    void aRosterStudentIsTheirStudentNumberWithTheRostersName() {
        Roster.Student s = roster.register("CLS1", "2024007", "李雷", "secret-123");
        assertEquals(new StudentIdentity("2024007", "李雷"), StudentIdentity.of(s.principalName(), "CLS1", roster));
    }

    @Test
    void aGuestWhoJoinedWithANameHasOnlyTheirSignInName() {
        roster.register("CLS1", "0a1b", "Ana", "secret-123");
        assertEquals(new StudentIdentity("Eve#0a1b", "Eve"), StudentIdentity.of("Eve#0a1b", "CLS1", roster),
                "a guest's tag that happens to be a student's number is not that student");
        assertEquals(new StudentIdentity("Ana#0a1b", "Ana"), StudentIdentity.of("Ana#0a1b", "OTHER", roster),
                "the number belongs to its class only");
    }

    @Test
    void staffAreTheirAccount() {
        assertEquals(new StudentIdentity("teacher", "teacher"), StudentIdentity.of("teacher", "", roster));
    }
}
