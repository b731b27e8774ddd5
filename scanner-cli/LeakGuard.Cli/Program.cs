using System.Threading.Tasks;

namespace LeakGuard.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => Cli.RunAsync(args, CliConsole.System);
}
