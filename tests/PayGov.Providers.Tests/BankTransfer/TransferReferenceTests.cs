using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Tests.BankTransfer;

public class TransferReferenceTests
{
    [Fact]
    public void Created_references_are_valid_and_fit_vietqr_purpose()
    {
        var references = Enumerable.Range(0, 100).Select(_ => TransferReference.Create()).ToList();

        Assert.All(references, r => Assert.True(TransferReference.IsValid(r), r));
        Assert.All(references, r => Assert.Equal(TransferReference.Length, r.Length));
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Fact]
    public void Every_single_wrong_symbol_is_caught_by_the_check_symbol()
    {
        const string reference = "PG7K3M9QX2ABV";
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

        for (var i = 2; i < reference.Length; i++)
        {
            foreach (var symbol in alphabet.Where(s => s != reference[i]))
            {
                var typo = reference[..i] + symbol + reference[(i + 1)..];
                Assert.False(TransferReference.IsValid(typo), typo);
            }
        }
    }

    [Theory]
    [InlineData("MBVCB.8812345678.PG7K3M9QX2ABV.Nop le phi ho so")]
    [InlineData("Nộp lệ phí pg7k 3m9q x2abv")]
    [InlineData("pg-7k3m-9qx2-abv")]
    [InlineData("IBFT PG7K3M9QX2ABV")]
    public void Reference_is_found_whatever_the_bank_did_to_the_remark(string remark)
    {
        Assert.Equal(["PG7K3M9QX2ABV"], TransferReference.FindIn(remark));
    }

    [Fact]
    public void Read_alike_letters_typed_by_the_payer_are_mapped_to_digits()
    {
        Assert.Equal(["PG0Q8R5T1VZCN"], TransferReference.FindIn("PGOQ8R5TIVZCN"));
        Assert.Equal(["PG0Q8R5T1VZCN"], TransferReference.FindIn("pg0q8r5tlvzcn"));
    }

    [Fact]
    public void The_same_reference_twice_is_one_reference()
    {
        Assert.Equal(["PG7K3M9QX2ABV"], TransferReference.FindIn("PG7K3M9QX2ABV PG7K3M9QX2ABV"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("PG7K3M9QX2AB")]
    [InlineData("CT DEN 1023456789 NGUYEN VAN A nop tien")]
    public void No_reference_is_found_in_other_text(string remark)
    {
        Assert.Empty(TransferReference.FindIn(remark));
    }
}
