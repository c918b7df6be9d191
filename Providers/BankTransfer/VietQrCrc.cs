using System.Globalization;
using System.Text;

namespace PayGov.Providers.BankTransfer;

/// <summary>CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), vietqr.md §3.</summary>
internal static class VietQrCrc
{
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return (ushort)crc;
    }

    /// <summary>The 4 upper-case hex digits for a text (the payload up to and including <c>6304</c>).</summary>
    public static string Hex(string text) => Compute(Encoding.UTF8.GetBytes(text)).ToString("X4", CultureInfo.InvariantCulture);
}
