using System;
using System.IO;

namespace LeakGuard.Cli.Reporting;

/// <summary>
/// Opens the <c>--output</c> file readable and writable by its owner only: even a redacted report says where the
/// secrets are, and with <c>--no-redact</c> it holds them.
/// </summary>
internal static class ReportFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, options);
        }

        options.UnixCreateMode = OwnerOnly;
        var stream = new FileStream(path, options);
        try
        {
            // The create mode applies only to a new file: an existing report is narrowed too, before a byte is written.
            // Pipes and terminals (--output /dev/stdout) cannot seek and keep their mode.
            if (stream.CanSeek)
            {
                File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnly);
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
