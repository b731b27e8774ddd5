using System;
using System.Globalization;
using System.IO;
using System.Linq;
using LeakGuard.Cli.Findings;
using Spectre.Console;

namespace LeakGuard.Cli.Reporting;

/// <summary>Findings grouped by file for people, then one summary line; colour only when writing to a terminal.</summary>
internal sealed class TextReporter : IReporter
{
    private readonly bool redact;
    private readonly bool colour;

    public TextReporter(bool redact, bool colour)
    {
        this.redact = redact;
        this.colour = colour;
    }

    public void Write(ScanReport report, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!colour)
        {
            // Redirected output must not be wrapped at an imagined 80-column width.
            console.Profile.Width = 4096;
        }

        foreach (var file in report.Findings.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            console.MarkupLine($"[bold]{Markup.Escape(file.Key)}[/]");
            foreach (var finding in file)
            {
                console.MarkupLine(
                    $"  {finding.Location.StartLine}:{finding.Location.StartColumn}  [red]{Markup.Escape(finding.Rule.Id)}[/]  " +
                    $"{Markup.Escape(finding.Shown(redact))}  [dim]{Markup.Escape(finding.Rule.Description)}[/]");
                if (finding.Origin is { } origin)
                {
                    var presence = origin.IsTag ? string.Empty : origin.InHead ? "[yellow]still in HEAD[/]; " : "not in HEAD; ";
                    var holder = origin.IsTag ? "tag" : "commit";
                    console.MarkupLine(
                        $"    first in {(origin.IsTag ? "tag " : string.Empty)}[cyan]{origin.CommitSha[..12]}[/] by {Markup.Escape(origin.Author)} <{Markup.Escape(origin.Email)}> " +
                        $"{origin.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} \"{Markup.Escape(FirstLine(origin.Message))}\"; " +
                        $"{presence}in {origin.CommitCount} {holder}(s)");
                }

                if (finding.Reachable is { } reachable)
                {
                    console.MarkupLine($"    reachable from {Markup.Escape(reachable.Describe())}");
                }

                console.MarkupLine($"    [dim]what to do: {Markup.Escape(RuleHelp.For(finding.Rule))}[/]");
            }
        }

        foreach (var note in report.Statistics.Notes)
        {
            console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        }

        console.MarkupLine(Summary.Of(report, colour));
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('\r');
    }
}
