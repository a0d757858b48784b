-- Schema version 41: the privacy notice for volunteers (version 1) in Turkish, Arabic and Russian, so a
-- neighbour consents to a notice they can read. The same notice, the same version: a translation.

INSERT INTO privacy_notice_text (notice_version, language, title, body) VALUES
    (1, 'tr', 'Gönüllüler için gizlilik bildirimi',
     'Biz, Quartiersnetz ağındaki kurumlar, kayıt olurken verdiğiniz bilgileri (ad, e-posta adresi, telefon numarası, diller) saklarız. Bu bilgilerle size mahalledeki gönüllü görevleri sorarız ve görevlerinizde size destek oluruz. Bilgilerinizi yalnızca seçtiğiniz kurumlar ve ağ koordinasyonu görür; izin verirseniz ağdaki tüm kurumlar da görür. İzninizi istediğiniz zaman geri alabilirsiniz. Verilerinizi görmek, düzelttirmek veya sildirmek için bize başvurabilirsiniz. Hukuki dayanak: Avrupa Genel Veri Koruma Tüzüğü (GDPR) madde 6 fıkra 1 bent a ve b.'),
    (1, 'ar', 'إشعار حماية البيانات للمتطوعين',
     'نحن، المؤسسات المشاركة في شبكة الحيّ، نحفظ البيانات التي تقدمونها عند التسجيل (الاسم، البريد الإلكتروني، رقم الهاتف، اللغات)، لكي نعرض عليكم مهام تطوعية في الحيّ ونرافقكم فيها. لا يرى بياناتكم إلا المؤسسات التي تختارونها وفريق تنسيق الشبكة؛ وإذا وافقتم، تراها كل مؤسسات الشبكة. يمكنكم سحب موافقتكم في أي وقت، وطلب الاطلاع على بياناتكم أو تصحيحها أو حذفها. الأساس القانوني هو المادة 6 الفقرة 1 البندان (أ) و(ب) من اللائحة العامة لحماية البيانات (GDPR).'),
    (1, 'ru', 'Уведомление о защите данных для волонтёров',
     'Мы, организации сети нашего района, храним данные, которые вы указали при регистрации (имя, адрес электронной почты, номер телефона, языки), чтобы предлагать вам волонтёрские задания в районе и поддерживать вас в них. Ваши данные видят только выбранные вами организации и координация сети; с вашего согласия — все организации сети. Вы можете в любое время отозвать согласие, запросить свои данные, их исправление или удаление. Правовое основание: ст. 6, ч. 1, п. a и b Общего регламента по защите данных (GDPR).');
