using LeakGuard.Engine;
using Microsoft.CodeAnalysis.Text;

namespace LeakGuard.Analyzers;

/// <summary>The <c>leakguard:allow</c> marker as written in source: anywhere on a line the diagnostic covers.</summary>
internal static class AllowedLines
{
    public static bool Cover(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start).LineNumber;
        var last = text.Lines.GetLineFromPosition(span.End).LineNumber;
        for (var number = first; number <= last; number++)
        {
            var line = text.Lines[number].Span;
            if (AllowMarker.Contains(text.ToString(line), 0, line.Length))
            {
                return true;
            }
        }

        return false;
    }
}
