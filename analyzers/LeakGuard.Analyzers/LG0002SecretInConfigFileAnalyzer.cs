using System.Collections.Immutable;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>
/// LG0002 (and LG0003 for low-confidence matches): keys in the configuration files of the project that are passed to
/// the compiler as additional files (appsettings*.json, launchSettings.json, *.config, .env and .env.*).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LG0002SecretInConfigFileAnalyzer : DiagnosticAnalyzer
{
    private readonly SecretScanner scanner;

    public LG0002SecretInConfigFileAnalyzer()
        : this(SecretScanner.Default)
    {
    }

    internal LG0002SecretInConfigFileAnalyzer(SecretScanner scanner) => this.scanner = scanner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SecretInConfigFile, Descriptors.PossibleSecret, Descriptors.InvalidConfiguration);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var scan = ConfiguredScan.For(start.Options.AdditionalFiles, scanner, start.CancellationToken);
            start.RegisterAdditionalFileAction(c => AnalyzeFile(c, scan));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, ConfiguredScan scan)
    {
        var path = context.AdditionalFile.Path;
        if (scan.Error is not null && context.AdditionalFile == scan.File)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConfiguration, Location.Create(path, default, default), ConfigFiles.FileName(path), scan.Error));
            return;
        }

        if (!ConfigFiles.IsConfigFile(path))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null || text.Length < LG0001HardcodedSecretAnalyzer.MinimumSecretLength)
        {
            return;
        }

        var fileName = ConfigFiles.FileName(path);
        foreach (var finding in scan.Scanner.Scan(text.ToString()).Findings)
        {
            if (scan.IsPathAllowed(finding.Rule, path))
            {
                continue;
            }

            var span = new TextSpan(finding.Start, finding.Length);
            var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(SecretDiagnostics.InConfigFile(finding, location, fileName));
        }
    }
}
