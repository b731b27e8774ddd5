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
        ImmutableArray.Create(Descriptors.SecretInConfigFile, Descriptors.PossibleSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var path = context.AdditionalFile.Path;
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
        foreach (var finding in scanner.Scan(text.ToString()).Findings)
        {
            var span = new TextSpan(finding.Start, finding.Length);
            var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(SecretDiagnostics.InConfigFile(finding, location, fileName));
        }
    }
}
