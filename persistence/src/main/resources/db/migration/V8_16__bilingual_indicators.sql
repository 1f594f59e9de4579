-- An indicator's unit and means of verification in English and Romanian, like every other text
-- of an objective. Today's single text is carried into both languages; negotiators translate it
-- in the editor. Written for H2 and PostgreSQL alike (add, copy, drop: no dialect-specific rename).
alter table objective_indicator add column unit_en varchar(100);
alter table objective_indicator add column unit_ro varchar(100);
alter table objective_indicator add column means_of_verification_en varchar(1000);
alter table objective_indicator add column means_of_verification_ro varchar(1000);
update objective_indicator
   set unit_en = unit,
       unit_ro = unit,
       means_of_verification_en = means_of_verification,
       means_of_verification_ro = means_of_verification;
alter table objective_indicator drop column unit;
alter table objective_indicator drop column means_of_verification;
