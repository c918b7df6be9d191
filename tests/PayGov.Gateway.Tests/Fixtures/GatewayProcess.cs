using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// A gateway node as its own operating-system process (the built PayGov.Gateway.dll), so a test can run
/// several nodes against one database and Redis, and kill one of them for real.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private GatewayProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");

        // Providers (the in-process sandbox too) call a node back at its public address: by default its own.
        var settings = new Dictionary<string, string>(environment);
        settings.TryAdd("PayGov__PublicBaseUrl", baseAddress.ToString());
        var process = new Process { StartInfo = StartInfo(settings, "--urls", baseAddress.ToString()) };
        var node = new GatewayProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.TrueAsync(
            async () =>
            {
                Assert.False(process.HasExited, "the gateway process exited:\n" + node.Output);
                try
                {
                    using var ready = await probe.GetAsync("/readyz");
                    return ready.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            "the gateway process is ready",
            TimeSpan.FromSeconds(60));
        return node;
    }

    /// <summary>Runs an operator command (e.g. <c>portals create …</c>) with the same settings and returns what it printed.</summary>
    public static async Task<string> RunCommandAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"gateway {string.Join(' ', args)} failed:\n{stdout}\n{stderr}");
        return stdout;
    }

    /// <summary>SIGKILL: the node stops mid-whatever, as in a crash.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: the node shuts down gracefully, finishing what it has in flight.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = GatewayDll();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>The gateway built beside this test assembly, in the same configuration.</summary>
    private static string GatewayDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PayGov.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("PayGov.sln not found above the test assembly."), "Gateway", "bin", configuration, "net10.0", "PayGov.Gateway.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the gateway first: {dll} is missing.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
