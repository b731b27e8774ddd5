using System;

namespace LeakGuard.Engine;

/// <summary>
/// A value a document gives as an example: "@example …" in a doc comment, "example: …" in an OpenAPI schema,
/// "Examples: Jira (\"…\")", "e.g. …" or "such as …" in prose, and the code of a doc comment's example block (JSDoc's
/// "@example", a "## Example Usage" section, C#'s "&lt;example&gt;", the EXAMPLES and RETURN strings of an Ansible
/// module). Client libraries are full of them, often next to a provider's name.
/// </summary>
internal static class DocumentedExample
{
    // How far back an example block's code may reach from its tag.
    private const int MaxBlockLines = 40;

    private static readonly string[] Phrases = { "e.g.", "such as", "for example", "for instance" };

    private static readonly string[] DocStringNames = { "EXAMPLES = ", "RETURN = " };

    // How far back a module's EXAMPLES string may start.
    private const int MaxDocStringLength = 32_000;

    /// <summary>Whether the text before <paramref name="at"/> says that what follows is an example.</summary>
    public static bool Precedes(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return IsIntroducedOnItsLine(text, lineStart, at) || IsInExampleBlock(text, lineStart) || IsInModuleDocString(text, at);
    }

    /// <summary>
    /// Whether <paramref name="at"/> lies in a Python module's EXAMPLES or RETURN string (<c>EXAMPLES = r'''</c> …
    /// <c>'''</c>), the sample playbooks and sample output every Ansible module documents itself with.
    /// </summary>
    private static bool IsInModuleDocString(string text, int at)
    {
        if (at == 0)
        {
            return false;
        }

        var from = Math.Max(0, at - MaxDocStringLength);
        foreach (var name in DocStringNames)
        {
            var found = text.LastIndexOf(name, at - 1, at - from, StringComparison.Ordinal);
            if (found < 0 || (found > 0 && text[found - 1] != '\n'))
            {
                continue;
            }

            var quote = found + name.Length;
            if (quote < at && text[quote] == 'r')
            {
                quote++;
            }

            var opens = quote + 3 <= at && (string.CompareOrdinal(text, quote, "'''", 0, 3) == 0 || string.CompareOrdinal(text, quote, "\"\"\"", 0, 3) == 0);
            if (opens && text.IndexOf(text.Substring(quote, 3), quote + 3, at - quote - 3, StringComparison.Ordinal) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIntroducedOnItsLine(string text, int lineStart, int at)
    {
        foreach (var phrase in Phrases)
        {
            if (text.IndexOf(phrase, lineStart, at - lineStart, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        for (var found = text.IndexOf("example", lineStart, at - lineStart, StringComparison.OrdinalIgnoreCase);
             found >= 0;
             found = found + 1 < at ? text.IndexOf("example", found + 1, at - found - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (IsDocTag(text, found) || IsLabel(text, found + "example".Length, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line at <paramref name="lineStart"/> continues a doc comment ("* …", "/// …") whose nearest tag above
    /// opens an example: JSDoc's "@example" or a Markdown heading of examples or imports before any other tag or
    /// heading, or C#'s "&lt;example&gt;" before its end tag.
    /// </summary>
    private static bool IsInExampleBlock(string text, int lineStart)
    {
        for (var (start, lines) = (lineStart, 0); lines < MaxBlockLines; lines++)
        {
            var content = start;
            while (content < text.Length && text[content] is ' ' or '\t')
            {
                content++;
            }

            var end = text.IndexOf('\n', content);
            end = end < 0 ? text.Length : end;
            if (StartsWith(text, content, end, "///"))
            {
                if (text.IndexOf("<example>", content, end - content, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }

                if (text.IndexOf("</example>", content, end - content, StringComparison.Ordinal) >= 0)
                {
                    return false;
                }
            }
            else if (StartsWith(text, content, end, "*") && !StartsWith(text, content, end, "*/"))
            {
                var tag = content;
                while (tag < end && text[tag] is '*' or ' ' or '\t')
                {
                    tag++;
                }

                if (tag < end && text[tag] == '@')
                {
                    return StartsWith(text, tag, end, "@example");
                }

                // The Markdown sections of generated docs (Pulumi's, Terraform providers'): "## Example Usage", "## Import";
                // their subsections ("### Basic") belong to them.
                if (StartsWith(text, tag, end, "#") && !StartsWith(text, tag, end, "###"))
                {
                    return text.IndexOf("example", tag, end - tag, StringComparison.OrdinalIgnoreCase) >= 0
                        || text.IndexOf("import", tag, end - tag, StringComparison.OrdinalIgnoreCase) >= 0;
                }
            }
            else
            {
                return false;
            }

            if (start == 0)
            {
                return false;
            }

            start = start >= 2 ? text.LastIndexOf('\n', start - 2) + 1 : 0;
        }

        return false;
    }

    private static bool StartsWith(string text, int at, int end, string value) =>
        end - at >= value.Length && string.CompareOrdinal(text, at, value, 0, value.Length) == 0;

    // "@example" in a doc comment, not "user@example.com".
    private static bool IsDocTag(string text, int found) =>
        found > 0 && text[found - 1] == '@' && (found == 1 || !char.IsLetterOrDigit(text[found - 2]));

    // "example:", "Examples:", "\"example\": ".
    private static bool IsLabel(string text, int end, int limit)
    {
        if (end < limit && (text[end] is 's' or 'S'))
        {
            end++;
        }

        if (end < limit && text[end] is '"' or '\'')
        {
            end++;
        }

        return end < limit && text[end] == ':';
    }
}
