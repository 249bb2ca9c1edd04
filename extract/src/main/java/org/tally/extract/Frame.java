package org.tally.extract;

import java.util.Set;

/**
 * Where a trigger's roles are: which grammatical function or preposition carries the actor, the target and the
 * item. Prepositions of German and English together (they do not collide in these roles).
 */
public enum Frame {
    /** The subject (or "aus/from X") gives the object to the indirect object or "an/nach/to X": liefern, ship. */
    GIVE(Role.ACTOR, Role.ITEM, Role.TARGET, Set.of("an", "nach", "zu", "in", "to", "into"),
            Set.of("aus", "from"), Set.of()),
    /** The subject supplies the object with "mit/with X": beliefern, equip. */
    SUPPLY(Role.ACTOR, Role.TARGET, Role.NONE, Set.of(), Set.of(), Set.of("mit", "with")),
    /** The subject receives the object from "von/aus/from X": erhalten, receive. */
    RECEIVE(Role.TARGET, Role.ITEM, Role.NONE, Set.of(), Set.of("von", "aus", "from", "seitens"), Set.of()),
    /** The subject buys the object from the indirect object or "von/bei/from X": abkaufen, buy. */
    BUY(Role.TARGET, Role.ITEM, Role.ACTOR, Set.of(), Set.of("von", "aus", "bei", "from"), Set.of()),
    /** The subject asks the object (or "von/bei/from X") for "um/auf/for X": bitten, ask. */
    ASK(Role.ACTOR, Role.TARGET, Role.TARGET, Set.of("von", "bei", "from", "mit", "with"), Set.of(),
            Set.of("um", "auf", "nach", "für", "for")),
    /** The subject goes to the object or "nach/in/to X": reisen, visit. */
    VISIT(Role.ACTOR, Role.TARGET, Role.NONE, Set.of("nach", "in", "zu", "to", "into"), Set.of(), Set.of()),
    /** The subject meets the object or "mit/with X": treffen, meet. */
    MEET(Role.ACTOR, Role.TARGET, Role.TARGET, Set.of("mit", "with"), Set.of(), Set.of()),
    /** The subject talks with "mit/with X" about the object (the topic, no role): besprechen, discuss. */
    TALK(Role.ACTOR, Role.NONE, Role.NONE, Set.of("mit", "with"), Set.of(), Set.of()),
    /** The subject receives the object as guest (from "aus/from X"): empfangen, host, receive a delegation. */
    HOST(Role.ACTOR, Role.TARGET, Role.NONE, Set.of("aus", "from"), Set.of(), Set.of()),
    /** The subject pledges to the indirect object or "an/mit/with/to X": versprechen, pledge. */
    PLEDGE(Role.ACTOR, Role.NONE, Role.TARGET, Set.of("an", "mit", "with", "to"), Set.of(), Set.of()),
    /** The subject accuses the (indirect) object: vorwerfen, accuse. */
    ACCUSE(Role.ACTOR, Role.TARGET, Role.TARGET, Set.of(), Set.of(), Set.of()),
    /** The subject denies the object: dementieren, deny. */
    DENY(Role.ACTOR, Role.ITEM, Role.NONE, Set.of(), Set.of(), Set.of()),
    /** The subject uses the object against "gegen/against/on/at X": einsetzen, use, fire at. */
    USE(Role.ACTOR, Role.ITEM, Role.NONE, Set.of("gegen", "against", "on", "at"), Set.of(), Set.of());

    /** A role of a claim. */
    public enum Role { ACTOR, TARGET, ITEM, NONE }

    final Role subject;
    final Role object;
    final Role indirectObject;
    /** Prepositions whose object is the target. */
    final Set<String> targetPrepositions;
    /** Prepositions whose object is the actor. */
    final Set<String> actorPrepositions;
    /** Prepositions whose object is the item. */
    final Set<String> itemPrepositions;

    Frame(Role subject, Role object, Role indirectObject, Set<String> targetPrepositions,
          Set<String> actorPrepositions, Set<String> itemPrepositions) {
        this.subject = subject;
        this.object = object;
        this.indirectObject = indirectObject;
        this.targetPrepositions = targetPrepositions;
        this.actorPrepositions = actorPrepositions;
        this.itemPrepositions = itemPrepositions;
    }
}
