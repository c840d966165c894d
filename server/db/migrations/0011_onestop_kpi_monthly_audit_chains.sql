CREATE TABLE "onestop_kpi_monthly" (
	"province_code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"month" date NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"finished" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"online" integer DEFAULT 0 NOT NULL,
	"overdue_without_apology" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"processing_working_minutes_sum" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "onestop_kpi_monthly_province_code_month_unit_id_pk" PRIMARY KEY("province_code","month","unit_id")
);
--> statement-breakpoint
-- Audit chains split per province (docs/decisions/005-audit-trail.md): existing entries and heads are chain 0.
ALTER TABLE "audit_chain_heads" ADD COLUMN "chain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_chain_heads" DROP CONSTRAINT "audit_chain_heads_pkey";--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "audit_chain_heads_province_code_chain_pk" PRIMARY KEY("province_code","chain");--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "chain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "onestop_kpi_monthly" ADD CONSTRAINT "onestop_kpi_monthly_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_chain_idx" ON "audit_entries" USING btree ("province_code","chain","id");--> statement-breakpoint
-- The monthly rollup follows every change of the daily rows in the same transaction, whoever
-- writes them (desk actions, import, synthetic data): onestop_kpi_monthly stays the exact sum of
-- its month's onestop_kpi_daily rows (docs/decisions/012-dossiers-and-kpi-rollups.md).
CREATE FUNCTION onestop_kpi_monthly_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.province_code = OLD.province_code AND NEW.unit_id = OLD.unit_id
     AND date_trunc('month', NEW.day) = date_trunc('month', OLD.day) THEN
    INSERT INTO onestop_kpi_monthly AS m (province_code, unit_id, month, received, finished, withdrawn, on_time, late, online, overdue_without_apology, rated, satisfied, processing_working_minutes_sum)
    VALUES (NEW.province_code, NEW.unit_id, date_trunc('month', NEW.day)::date, NEW.received - OLD.received, NEW.finished - OLD.finished, NEW.withdrawn - OLD.withdrawn, NEW.on_time - OLD.on_time, NEW.late - OLD.late, NEW.online - OLD.online, NEW.overdue_without_apology - OLD.overdue_without_apology, NEW.rated - OLD.rated, NEW.satisfied - OLD.satisfied, NEW.processing_working_minutes_sum - OLD.processing_working_minutes_sum)
    ON CONFLICT (province_code, month, unit_id) DO UPDATE SET
      received = m.received + excluded.received,
      finished = m.finished + excluded.finished,
      withdrawn = m.withdrawn + excluded.withdrawn,
      on_time = m.on_time + excluded.on_time,
      late = m.late + excluded.late,
      online = m.online + excluded.online,
      overdue_without_apology = m.overdue_without_apology + excluded.overdue_without_apology,
      rated = m.rated + excluded.rated,
      satisfied = m.satisfied + excluded.satisfied,
      processing_working_minutes_sum = m.processing_working_minutes_sum + excluded.processing_working_minutes_sum;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO onestop_kpi_monthly AS m (province_code, unit_id, month, received, finished, withdrawn, on_time, late, online, overdue_without_apology, rated, satisfied, processing_working_minutes_sum)
    VALUES (OLD.province_code, OLD.unit_id, date_trunc('month', OLD.day)::date, -OLD.received, -OLD.finished, -OLD.withdrawn, -OLD.on_time, -OLD.late, -OLD.online, -OLD.overdue_without_apology, -OLD.rated, -OLD.satisfied, -OLD.processing_working_minutes_sum)
    ON CONFLICT (province_code, month, unit_id) DO UPDATE SET
      received = m.received + excluded.received,
      finished = m.finished + excluded.finished,
      withdrawn = m.withdrawn + excluded.withdrawn,
      on_time = m.on_time + excluded.on_time,
      late = m.late + excluded.late,
      online = m.online + excluded.online,
      overdue_without_apology = m.overdue_without_apology + excluded.overdue_without_apology,
      rated = m.rated + excluded.rated,
      satisfied = m.satisfied + excluded.satisfied,
      processing_working_minutes_sum = m.processing_working_minutes_sum + excluded.processing_working_minutes_sum;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO onestop_kpi_monthly AS m (province_code, unit_id, month, received, finished, withdrawn, on_time, late, online, overdue_without_apology, rated, satisfied, processing_working_minutes_sum)
    VALUES (NEW.province_code, NEW.unit_id, date_trunc('month', NEW.day)::date, NEW.received, NEW.finished, NEW.withdrawn, NEW.on_time, NEW.late, NEW.online, NEW.overdue_without_apology, NEW.rated, NEW.satisfied, NEW.processing_working_minutes_sum)
    ON CONFLICT (province_code, month, unit_id) DO UPDATE SET
      received = m.received + excluded.received,
      finished = m.finished + excluded.finished,
      withdrawn = m.withdrawn + excluded.withdrawn,
      on_time = m.on_time + excluded.on_time,
      late = m.late + excluded.late,
      online = m.online + excluded.online,
      overdue_without_apology = m.overdue_without_apology + excluded.overdue_without_apology,
      rated = m.rated + excluded.rated,
      satisfied = m.satisfied + excluded.satisfied,
      processing_working_minutes_sum = m.processing_working_minutes_sum + excluded.processing_working_minutes_sum;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER onestop_kpi_daily_monthly
  AFTER INSERT OR UPDATE OR DELETE ON onestop_kpi_daily
  FOR EACH ROW EXECUTE FUNCTION onestop_kpi_monthly_follow();
--> statement-breakpoint
INSERT INTO onestop_kpi_monthly (province_code, unit_id, month, received, finished, withdrawn, on_time, late, online, overdue_without_apology, rated, satisfied, processing_working_minutes_sum)
SELECT province_code, unit_id, date_trunc('month', day)::date, sum(received), sum(finished), sum(withdrawn), sum(on_time), sum(late), sum(online), sum(overdue_without_apology), sum(rated), sum(satisfied), sum(processing_working_minutes_sum)
FROM onestop_kpi_daily GROUP BY province_code, unit_id, date_trunc('month', day);
