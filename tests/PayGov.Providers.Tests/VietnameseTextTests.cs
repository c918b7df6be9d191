namespace PayGov.Providers.Tests;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Lệ phí Đợt 2", "Le phi Dot 2")]
    [InlineData("Nộp lệ phí cấp Căn cước", "Nop le phi cap Can cuoc")]
    [InlineData("đường Đồng Khởi", "duong Dong Khoi")]
    [InlineData("ĂÂÊÔƠƯ ăâêôơư", "AAEOOU aaeoou")]
    [InlineData("already ascii 123", "already ascii 123")]
    public void Diacritics_are_removed_and_d_with_stroke_becomes_d(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.RemoveDiacritics(text));
    }

    [Fact]
    public void Decomposed_input_gives_the_same_result_as_composed()
    {
        var composed = "Hồ sơ";

        var fromDecomposed = VietnameseText.RemoveDiacritics(composed.Normalize(System.Text.NormalizationForm.FormD));

        Assert.Equal(VietnameseText.RemoveDiacritics(composed), fromDecomposed);
    }
}
