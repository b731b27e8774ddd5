using System;
using System.IO;

namespace LeakGuard.Cli;

/// <summary>Where the command writes, and whether each stream is a terminal (colour and live progress only go to terminals).</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    public static CliConsole System { get; } = new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected);
}
