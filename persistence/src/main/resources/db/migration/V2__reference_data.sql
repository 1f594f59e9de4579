-- Reference data of the programme this installation serves: the ITPP Moldova-NATO
-- 2025-2028, its cooperation areas and the national institutions. Production data: no
-- objectives and no accounts here. Ids come from the identity columns; rows refer to each
-- other by code.

insert into programme (code, title_en, title_ro, start_year, end_year) values
    ('ITPP-MDA-2025',
     'Individually Tailored Partnership Programme Republic of Moldova - NATO 2025-2028',
     'Programul de Parteneriat Individual Adaptat Republica Moldova - NATO 2025-2028',
     2025, 2028);

insert into cooperation_area (programme_id, code, name_en, name_ro, sort_order) values
    ((select id from programme where code = 'ITPP-MDA-2025'), 'CYB',
     'Cyber defence', 'Apărare cibernetică', 1),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'DIS',
     'Countering disinformation and strategic communications', 'Combaterea dezinformării și comunicare strategică', 2),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'CLI',
     'Climate change and security', 'Schimbări climatice și securitate', 3),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'RES',
     'Resilience and civil preparedness', 'Reziliență și pregătire civilă', 4),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'SSR',
     'Defence and security sector reform', 'Reforma sectorului de apărare și securitate', 5),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'INT',
     'Interoperability and capability development', 'Interoperabilitate și dezvoltarea capabilităților', 6),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'BI',
     'Building integrity', 'Consolidarea integrității', 7),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'CRM',
     'Crisis management and emergency assistance', 'Gestionarea crizelor și asistență în situații de urgență', 8),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'HYB',
     'Countering hybrid threats', 'Contracararea amenințărilor hibride', 9),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'EDU',
     'Education and training', 'Educație și instruire', 10),
    ((select id from programme where code = 'ITPP-MDA-2025'), 'SCI',
     'Science and technology', 'Știință și tehnologie', 11);

insert into institution (code, abbreviation, name_en, name_ro) values
    ('MAEIE', 'MAEIE', 'Ministry of Foreign Affairs and European Integration',
     'Ministerul Afacerilor Externe și Integrării Europene'),
    ('MA', 'MA', 'Ministry of Defence', 'Ministerul Apărării'),
    ('MAI', 'MAI', 'Ministry of Internal Affairs', 'Ministerul Afacerilor Interne'),
    ('SIS', 'SIS', 'Information and Security Service', 'Serviciul de Informații și Securitate'),
    ('CS', 'CS', 'State Chancellery', 'Cancelaria de Stat'),
    ('MF', 'MF', 'Ministry of Finance', 'Ministerul Finanțelor'),
    ('STISC', 'STISC', 'Information Technology and Cyber Security Service',
     'Serviciul Tehnologia Informației și Securitate Cibernetică'),
    ('IGSU', 'IGSU', 'General Inspectorate for Emergency Situations',
     'Inspectoratul General pentru Situații de Urgență'),
    ('CNA', 'CNA', 'National Anticorruption Centre', 'Centrul Național Anticorupție');
