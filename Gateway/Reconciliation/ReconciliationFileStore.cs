using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Input files by content: <c>{FilesFolder}/ab/abcdef…</c>, named by the SHA-256 of their bytes, written once through
/// a temporary file and an atomic rename, never changed, never deleted (the audit needs every version). Every node of
/// a deployment must mount the same folder.
/// </summary>
public sealed class ReconciliationFileStore(IOptions<ReconciliationOptions> options)
{
    private string Root => Path.GetFullPath(options.Value.FilesFolder);

    /// <summary>
    /// Copies <paramref name="content"/> to a temporary file beside the store, hashing as it goes. Answers null when the
    /// content is longer than <paramref name="maxBytes"/> (the temporary file is then gone).
    /// </summary>
    public async Task<PendingFile?> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = NewIncomingPath();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (size > maxBytes)
        {
            File.Delete(path);
            return null;
        }

        return new PendingFile(path, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <summary>Lets <paramref name="write"/> produce a file (the gateway ledger), then hashes it.</summary>
    public async Task<PendingFile> WriteAsync(Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var path = NewIncomingPath();
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await write(file, cancellationToken);
        }

        await using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var digest = await SHA256.HashDataAsync(read, cancellationToken);
        return new PendingFile(path, Convert.ToHexStringLower(digest), read.Length);
    }

    /// <summary>Moves an accepted file to its place; the same bytes already stored leave the first copy as it is.</summary>
    public void Keep(PendingFile pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var target = PathOf(pending.Sha256);
        if (File.Exists(target))
        {
            File.Delete(pending.Path);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(pending.Path, target, overwrite: true);
    }

    public static void Discard(PendingFile pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        File.Delete(pending.Path);
    }

    public Stream Open(string sha256) => new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920);

    private string NewIncomingPath()
    {
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        return Path.Combine(incoming, Guid.NewGuid().ToString("N"));
    }

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Root, sha256[..2], sha256)
            : throw new ArgumentException("A stored file is named by a lower-case SHA-256.", nameof(sha256));
}
