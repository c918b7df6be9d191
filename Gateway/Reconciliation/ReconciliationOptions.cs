using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Reconciliation;

/// <summary>Stored reconciliation runs: when the nightly run starts, where files live, what needs a supervisor (<c>Reconciliation:…</c>).</summary>
public sealed class ReconciliationOptions
{
    public const string SectionName = "Reconciliation";

    /// <summary>Local time (GMT+7) the nightly run of the previous business day starts.</summary>
    public TimeOnly NightlyAt { get; set; } = new(2, 0);

    /// <summary>Off: only hand-started runs (API, CLI). On by default.</summary>
    public bool NightlyEnabled { get; set; } = true;

    /// <summary>
    /// A resolution of an exception whose amount (the larger of expected and observed, đồng) is above this needs a
    /// supervisor's approval.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long ApprovalThreshold { get; set; } = 10_000_000;

    /// <summary>
    /// The run configuration (collection accounts, provider accounts and tariffs, late windows), in the shape of
    /// <c>shared/reconciliation/examples/day-1/config.json</c>. Unset: the sandbox's configuration built into the gateway.
    /// </summary>
    public string? ConfigPath { get; set; }

    /// <summary>Where received files are kept, named by their SHA-256. Every node of a deployment must see the same folder.</summary>
    [Required]
    public string FilesFolder { get; set; } = "./data/reconciliation-files";

    /// <summary>Polled for provider reports and statements; unset: no drop folder.</summary>
    public string? DropFolder { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DropFolderPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest upload, in bytes.</summary>
    [Range(1024, 1L << 32)]
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>How long one run may hold the reconciliation lock before another node may take it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan RunLockTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Before the nightly run, fetch the day's files from the sources (the embedded sandbox). On with the sandbox.</summary>
    public bool FetchFromSources { get; set; } = true;
}
