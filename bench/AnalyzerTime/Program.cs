using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using LeakGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: AnalyzerTime DIRECTORY [RUNS]. Compiles the .cs files of DIRECTORY into one compilation against this
// runtime's assemblies, runs LG0001 on it RUNS times (a new compilation each time, as each build makes one), and prints
// the analyzer's execution time as the compiler measures it: each run, then the median.
if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AnalyzerTime DIRECTORY [RUNS]");
    return 2;
}

var runs = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var trees = Directory.GetFiles(args[0], "*.cs").Order(StringComparer.Ordinal)
    .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file))
    .ToArray();
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Select(path => MetadataReference.CreateFromFile(path))
    .ToArray();
var analyzer = new LG0001HardcodedSecretAnalyzer();
var seconds = new double[runs];
for (var run = 0; run < runs; run++)
{
    var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
    var withAnalyzer = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
    var diagnostics = await withAnalyzer.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    var telemetry = await withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    seconds[run] = telemetry.ExecutionTime.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {seconds[run]:F2} s, {diagnostics.Length} diagnostic(s)"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LG0001 median: {seconds.Order().ElementAt(runs / 2):F2} s over {trees.Length} file(s)"));
return 0;
