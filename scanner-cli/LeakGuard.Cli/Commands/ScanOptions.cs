using System.CommandLine;
using System.IO;

namespace LeakGuard.Cli.Commands;

/// <summary>The options every scanning command shares: how to report, and what to scan.</summary>
internal sealed class ScanOptions
{
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "Report format: text, json, sarif or junit.",
        DefaultValueFactory = _ => "text",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the report to this file instead of stdout.",
    };

    public Option<bool> NoRedact { get; } = new("--no-redact")
    {
        Description = "Show secrets in full. Reports are then secrets themselves: do not store or share them.",
    };

    public Option<bool> IncludeGeneric { get; } = new("--include-generic")
    {
        Description = "Also run the generic, low-confidence rules (secret-sounding names with random-looking values).",
    };

    public Option<bool> IncludeTestSecrets { get; } = new("--include-test-secrets")
    {
        Description = "Also report private keys, passwords and self-signed tokens under test, fixture and example folders, which test suites make for themselves (a provider's key there is always reported).",
    };

    public Option<bool> ShowProgress { get; } = new("--progress")
    {
        Description = "Print progress on stderr even when it is not a terminal.",
    };

    public Option<int> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Skip files and blobs larger than this many megabytes, at most 512 (reported in the summary).",
        DefaultValueFactory = _ => 10,
    };

    public Option<FileInfo?> Config { get; } = ConfigOption();

    public Option<FileInfo?> Baseline { get; } = new("--baseline")
    {
        Description = "Ignore the findings of this earlier JSON report or 'leakguard baseline' file (still counted in the summary).",
    };

    public ScanOptions()
    {
        Format.AcceptOnlyFromAmong("text", "json", "sarif", "junit");
        Output.Validators.Add(result =>
        {
            if (WritableFile.Problem(result.GetValueOrDefault<FileInfo?>()) is { } problem)
            {
                result.AddError($"--output: {problem}");
            }
        });
        MaxFileSize.Validators.Add(result =>
        {
            // A file is held in memory as bytes and as text; past 512 MB its text nears .NET's largest string.
            if (result.GetValueOrDefault<int>() is <= 0 or > 512)
            {
                result.AddError("--max-file-size must be between 1 and 512 megabytes");
            }
        });
    }

    public static Option<FileInfo?> ConfigOption() => new("--config", "-c")
    {
        Description = "Read rules and allowlists from this leakguard.toml or gitleaks TOML file (default: leakguard.toml at the scanned root).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(NoRedact);
        command.Options.Add(IncludeGeneric);
        command.Options.Add(IncludeTestSecrets);
        command.Options.Add(ShowProgress);
        command.Options.Add(MaxFileSize);
        command.Options.Add(Config);
        command.Options.Add(Baseline);
    }

    public ScanSettings Read(ParseResult parsed) => new(
        parsed.GetValue(Format) ?? "text",
        parsed.GetValue(Output),
        !parsed.GetValue(NoRedact),
        parsed.GetValue(IncludeGeneric),
        parsed.GetValue(ShowProgress),
        parsed.GetValue(MaxFileSize) * 1024L * 1024L,
        parsed.GetValue(Baseline))
    {
        Config = parsed.GetValue(Config),
        IncludeTestSecrets = parsed.GetValue(IncludeTestSecrets),
    };
}
