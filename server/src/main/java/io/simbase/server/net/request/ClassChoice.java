package io.simbase.server.net.request;

import io.simbase.protocol.v1.Error;
import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.ClassRoom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes an instructor named for an uploaded scene, checked against the open classes. Any
 * instructor may offer a scene to any open class: the server has no notion of a class an
 * instructor may not manage (rosters and sessions are the same). Stateless.
 */
final class ClassChoice {
    /** At most this many classes per scene (a school's classes fit; a list is one small file). */
    static final int MAX_CLASSES = 200;

    private ClassChoice() {
    }

    /** The open classes' codes, as the registry spells them; null after refusing {@code r} for an unknown or blank code. */
    static Set<String> resolve(Request<?> r, ClassRegistry classes, List<String> codes) {
        if (codes.size() > MAX_CLASSES) {
            r.refuse(Error.Code.BAD_REQUEST, "a scene is offered to at most " + MAX_CLASSES + " classes");
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (String code : codes) {
            ClassRoom room = classes.find(code);
            if (room == null) {
                r.refuse(Error.Code.UNKNOWN_CLASS, "no open class with code '" + code.strip() + "'");
                return null;
            }
            out.add(room.code());
        }
        return out;
    }
}
