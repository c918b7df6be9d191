namespace PayGov.Gateway.Treasury;

public sealed partial class TreasuryText
{
    /// <summary>The sign-in page.</summary>
    public SignInText SignIn => Pick(SignInText.Vietnamese, SignInText.English);
}

public sealed record SignInText
{
    public static readonly SignInText Vietnamese = new()
    {
        Title = "Đăng nhập",
        Lead = "Dành cho kế toán và kiểm soát viên Kho bạc. Tài khoản do quản trị hệ thống cấp.",
        Username = "Tên đăng nhập",
        Password = "Mật khẩu",
        Submit = "Đăng nhập",
        Missing = "Vui lòng nhập tên đăng nhập và mật khẩu.",
        WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa vì đăng nhập sai nhiều lần. Vui lòng thử lại sau ít phút hoặc nhờ quản trị hệ thống đặt lại mật khẩu.",
        SignedOut = "Bạn đã đăng xuất.",
    };

    public static readonly SignInText English = new()
    {
        Title = "Sign in",
        Lead = "For State Treasury accountants and supervisors. Accounts are issued by the system operator.",
        Username = "Username",
        Password = "Password",
        Submit = "Sign in",
        Missing = "Please enter your username and password.",
        WrongPassword = "Unknown username or wrong password, or the account is locked for a while after repeated failures. Try again in a few minutes or ask the operator to reset the password.",
        SignedOut = "You have signed out.",
    };

    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string Username { get; init; }

    public required string Password { get; init; }

    public required string Submit { get; init; }

    public required string Missing { get; init; }

    public required string WrongPassword { get; init; }

    public required string SignedOut { get; init; }
}
