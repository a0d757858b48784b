-- The Derrsiedlung network: three free carriers and the public youth-welfare office,
-- and the first privacy notice. Reference data every installation needs, not demo data.

INSERT INTO carrier (id, code, name, short_name, kind) VALUES
    (1, 'beratungsstelle', 'Beratungsstelle für Eltern, Kinder und Jugendliche', 'Beratungsstelle', 'FREE_CARRIER'),
    (2, 'caritas', 'Caritasverband', 'Caritas', 'FREE_CARRIER'),
    (3, 'jugendwerke', 'Katholische Jugendwerke', 'Jugendwerke', 'FREE_CARRIER'),
    (4, 'jugendamt', 'Jugendamt', 'Jugendamt', 'PUBLIC_YOUTH_WELFARE');

INSERT INTO privacy_notice (version, valid_from) VALUES (1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

INSERT INTO privacy_notice_text (notice_version, language, title, body) VALUES
    (1, 'de', 'Datenschutzhinweis für Ehrenamtliche',
     'Wir, die Träger des Quartiersnetzes, speichern die Angaben aus Ihrer Anmeldung (Name, E-Mail-Adresse, Telefonnummer, Sprachen), um Sie für ehrenamtliche Aufgaben in der Nachbarschaft anzufragen und zu begleiten. Ihre Angaben sehen nur die Träger, die Sie auswählen, und die Netzwerkkoordination; mit Ihrer Einwilligung auch alle Träger des Netzwerks. Sie können Ihre Einwilligung jederzeit widerrufen, Ihre Daten abrufen, berichtigen oder löschen lassen. Rechtsgrundlage ist Art. 6 Abs. 1 lit. a und b DSGVO.'),
    (1, 'en', 'Privacy notice for volunteers',
     'We, the carriers of the neighbourhood network, store the details you give when signing up (name, e-mail address, phone number, languages) to ask you for volunteer tasks in the neighbourhood and to support you in them. Only the carriers you choose and the network coordination see your details; with your consent, all carriers of the network do. You may withdraw your consent at any time and ask for your data, its correction or its deletion. The legal basis is Art. 6(1)(a) and (b) GDPR.');
