CREATE TABLE "calendar_settings" (
	"province_code" text PRIMARY KEY NOT NULL,
	"morning_start" text NOT NULL,
	"morning_end" text NOT NULL,
	"afternoon_start" text NOT NULL,
	"afternoon_end" text NOT NULL,
	"reception_cut_off" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "calendar_settings_times_check" CHECK ("calendar_settings"."morning_start" ~ '^[0-2][0-9]:[0-5][0-9]$' and "calendar_settings"."morning_end" ~ '^[0-2][0-9]:[0-5][0-9]$' and "calendar_settings"."afternoon_start" ~ '^[0-2][0-9]:[0-5][0-9]$' and "calendar_settings"."afternoon_end" ~ '^[0-2][0-9]:[0-5][0-9]$' and ("calendar_settings"."reception_cut_off" is null or "calendar_settings"."reception_cut_off" ~ '^[0-2][0-9]:[0-5][0-9]$'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"days" jsonb NOT NULL,
	"source_document" text,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "calendar_years_pkey" PRIMARY KEY("province_code","year"),
	CONSTRAINT "calendar_years_status_check" CHECK ("calendar_years"."status" in ('official','expected')),
	CONSTRAINT "calendar_years_days_check" CHECK (jsonb_typeof("calendar_years"."days") = 'array')
);
--> statement-breakpoint
ALTER TABLE "calendar_settings" ADD CONSTRAINT "calendar_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;