namespace PayGov.Browser.Tests;

/// <summary>The two screens the checkout is built for: a phone first, and a desktop.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Viewport Phone = new("phone", 390, 844, IsPhone: true);
    public static readonly Viewport Desktop = new("desktop", 1280, 800, IsPhone: false);

    public static Viewport Named(string name) => name == Phone.Name ? Phone : Desktop;
}
