package org.quartiersnetz.reminder.rest;

import java.util.List;

/** The reminders a volunteer wants (the others are off), and every kind there is. */
public record ReminderChoice(List<String> wanted, List<String> kinds) {}
