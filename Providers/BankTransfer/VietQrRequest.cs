namespace PayGov.Providers.BankTransfer;

/// <summary>What goes into a VietQR payload (vietqr.md §2, §4, §7).</summary>
/// <param name="BinCode">The beneficiary bank's 6-digit BIN (tag 38/01/00), e.g. <c>970436</c>.</param>
/// <param name="Account">Account number (or card number with <c>QRIBFTTC</c>), at most 19 letters or digits (38/01/01).</param>
/// <param name="Amount">Amount in đồng, 1 to 499,999,999 (tag 54); <see langword="null"/> for a static QR where the payer types it.</param>
/// <param name="Purpose">Purpose of transaction (62/08), at most 25 characters after transliteration: PayGov's transfer reference alone.</param>
/// <param name="Bill">Bill number (62/01), at most 25 characters; PayGov does not use it.</param>
/// <param name="Name">Merchant name (59), at most 25 characters, written unaccented upper case; omitted by default.</param>
/// <param name="City">Merchant city (60), at most 15 characters, written unaccented upper case; omitted by default.</param>
/// <param name="Service">Service code (38/02): <c>QRIBFTTA</c> to an account (PayGov) or <c>QRIBFTTC</c> to a card.</param>
/// <param name="Dynamic">Point of initiation (01): <c>12</c> when true, <c>11</c> when false; by default true exactly when an amount is given.</param>
public sealed record VietQrRequest(
    string BinCode,
    string Account,
    long? Amount = null,
    string? Purpose = null,
    string? Bill = null,
    string? Name = null,
    string? City = null,
    string Service = "QRIBFTTA",
    bool? Dynamic = null);
