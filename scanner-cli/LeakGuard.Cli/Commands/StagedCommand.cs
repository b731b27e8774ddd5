using System.CommandLine;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Sources;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard staged [PATH]</c>: the pre-commit check; scans only the lines the staged change adds.</summary>
internal sealed class StagedCommand : Command
{
    private readonly ScanOptions scan = new();

    public StagedCommand(CliConsole console)
        : base("staged", "Scan the lines the staged changes add (the index against HEAD), as a pre-commit hook does; exit 1 blocks the commit.")
    {
        Arguments.Add(RepositoryPath);
        scan.AddTo(this);
        SetAction(parsed => Execute(console, parsed));
    }

    public Argument<string> RepositoryPath { get; } = new Argument<string>("path")
    {
        Description = "Any folder inside the repository; defaults to the current folder.",
        DefaultValueFactory = _ => ".",
    }.RejectingOptions();

    private int Execute(CliConsole console, ParseResult parsed)
    {
        var settings = scan.Read(parsed);
        var path = parsed.GetValue(RepositoryPath) ?? ".";
        var configuration = settings.LoadConfiguration(path, console);
        var scanner = Task.Run(() => new FragmentScanner(settings.IncludeGeneric, configuration));
        return ScanRun.Execute(console, settings, _ => PathAllowlist.Apply(configuration, new StagedScanner(scanner).Scan(path, settings.MaxBytes)));
    }
}
