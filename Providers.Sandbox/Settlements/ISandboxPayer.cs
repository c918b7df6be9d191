namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>A provider sandbox as the payer of its daily batches.</summary>
internal interface ISandboxPayer
{
    /// <summary>The provider.</summary>
    ProviderId Provider { get; }

    /// <summary>
    /// The payout of the previous day's batch that the provider makes on <paramref name="day"/>, at the net its file lists
    /// under the faults now in force; <see langword="null"/> when that batch owes nothing.
    /// </summary>
    SandboxPayout? PayoutOn(DateOnly day);
}
