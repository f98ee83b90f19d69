namespace Registry.Etl.Pipeline.Catalog;

/// <summary>
/// The catalog schema as numbered migrations, one text for both databases (types chosen from the common
/// subset: text, integer, bigint; times are Unix milliseconds UTC, so no time-zone conversions differ).
/// A migration is never edited once released; a change is a new entry.
/// </summary>
internal static class CatalogSchema
{
    public static IReadOnlyList<string[]> Migrations(string identity) =>
    [
        // 1: the first schema
        [
            $"""
            create table runs (
                run_key {identity},
                run_id text null,
                pipeline text not null,
                as_of text not null,
                trigger_kind text not null,
                slot_ms bigint null,
                node text not null,
                attempt integer not null,
                status text not null,
                exit_code integer null,
                started_ms bigint not null,
                finished_ms bigint null,
                published_path text null,
                manifest_sha256 text null,
                error text null)
            """,
            "create index runs_pipeline_slot on runs (pipeline, slot_ms)",
            """
            create table run_stages (
                run_key bigint not null references runs (run_key),
                ordinal integer not null,
                name text not null,
                status text not null,
                started_ms bigint not null,
                duration_ms bigint not null,
                error text null,
                primary key (run_key, ordinal))
            """,
            """
            create table run_inputs (
                run_key bigint not null references runs (run_key),
                ordinal integer not null,
                source text not null,
                path text not null,
                sha256 text not null,
                bytes bigint not null,
                rows_read bigint null,
                rows_accepted bigint null,
                rows_quarantined bigint null,
                from_cache integer not null,
                error text null,
                primary key (run_key, ordinal))
            """,
            """
            create table run_outputs (
                run_key bigint not null references runs (run_key),
                ordinal integer not null,
                path text not null,
                sha256 text not null,
                bytes bigint not null,
                rows bigint null,
                stage text not null,
                primary key (run_key, ordinal))
            """,
            """
            create table run_specs (
                run_key bigint not null references runs (run_key),
                ordinal integer not null,
                kind text not null,
                spec_id text not null,
                version text not null,
                sha256 text null,
                primary key (run_key, ordinal))
            """,
            """
            create table run_metrics (
                run_key bigint not null references runs (run_key),
                stage text not null,
                name text not null,
                value bigint not null,
                primary key (run_key, stage, name))
            """,
        ],

        // 2: the process of a run, so a killed run can be told apart from a running one (status abandoned)
        [
            "alter table runs add column host text null",
            "alter table runs add column pid integer null",
            "alter table runs add column process_start text null",
            "create index runs_status on runs (status)",
        ],
    ];
}
