namespace PayGov.Providers.Tests;

/// <summary>Every case of every vector file is fed to exactly one theory: none is silently ignored.</summary>
public class VectorCoverageTests
{
    public static TheoryData<string, string[]> Files => new()
    {
        { "vnpay.json", VnPay.VnPayVectorTests.Operations },
        { "momo.json", MoMo.MoMoVectorTests.Operations },
        { "zalopay.json", ZaloPay.ZaloPayVectorTests.Operations },
        { "vietqr.json", BankTransfer.VietQrVectorTests.Operations },
        { "bank-notification.json", BankTransfer.BankNotificationVectorTests.Operations },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_case_of_the_file_is_handled_by_a_theory(string fileName, string[] handledOperations)
    {
        var file = VectorFile.Load(fileName);

        var handled = file.Cases.Count(c => handledOperations.Contains(c["operation"]!.GetValue<string>()));

        Assert.Equal(file.CaseCount, file.Cases.Count);
        Assert.Equal(file.CaseCount, handled);
    }
}
