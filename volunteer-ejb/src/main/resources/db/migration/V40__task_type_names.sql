-- Schema version 40: the names of the kinds of task in the platform's further languages (Turkish,
-- Arabic, Russian, ...). German and English stay on the row; any other language is a row here, as for
-- the texts of tasks, offers and courses (V38). The kinds the platform starts with get their names.

CREATE TABLE task_type_name (
    task_type_id BIGINT       NOT NULL REFERENCES task_type (id),
    language     VARCHAR(5)   NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (task_type_id, language)
);

INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Aile destekçiliği' FROM task_type WHERE code = 'godparent';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'مرافقة أسرة' FROM task_type WHERE code = 'godparent';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Наставничество для семьи' FROM task_type WHERE code = 'godparent';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Ödev yardımı' FROM task_type WHERE code = 'homework-help';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'المساعدة في الواجبات المدرسية' FROM task_type WHERE code = 'homework-help';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Помощь с домашними заданиями' FROM task_type WHERE code = 'homework-help';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Okuma destekçiliği' FROM task_type WHERE code = 'reading-mentor';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'مرافقة في القراءة' FROM task_type WHERE code = 'reading-mentor';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Наставник по чтению' FROM task_type WHERE code = 'reading-mentor';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Ebeveyn kafesinde yardım' FROM task_type WHERE code = 'parents-cafe';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'المساعدة في مقهى الآباء والأمهات' FROM task_type WHERE code = 'parents-cafe';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Помощь в родительском кафе' FROM task_type WHERE code = 'parents-cafe';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Resmî dairelere ve doktora refakat' FROM task_type WHERE code = 'accompaniment';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'مرافقة إلى الدوائر الرسمية والأطباء' FROM task_type WHERE code = 'accompaniment';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Сопровождение в учреждения и к врачам' FROM task_type WHERE code = 'accompaniment';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Dil destekçiliği' FROM task_type WHERE code = 'language-mentor';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'مرافقة في تعلم اللغة' FROM task_type WHERE code = 'language-mentor';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Языковой наставник' FROM task_type WHERE code = 'language-mentor';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Ebeveyn kurslarında çocuk bakımı' FROM task_type WHERE code = 'childcare';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'رعاية الأطفال أثناء دورات الآباء' FROM task_type WHERE code = 'childcare';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Присмотр за детьми во время курсов для родителей' FROM task_type WHERE code = 'childcare';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'tr', 'Şenlik ve gezilerde yardım' FROM task_type WHERE code = 'event-help';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ar', 'المساعدة في الاحتفالات والرحلات' FROM task_type WHERE code = 'event-help';
INSERT INTO task_type_name (task_type_id, language, name) SELECT id, 'ru', 'Помощь на праздниках и экскурсиях' FROM task_type WHERE code = 'event-help';
