using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Finds the values under <c>data:</c> or <c>stringData:</c> in the mappings of a YAML text that say <c>kind: Secret</c>: single manifests,
/// streams of documents split by <c>---</c>, and the items of a <c>kind: List</c>. One pass over the lines, keeping
/// the mappings that are open as a stack of key columns, so a text of any size costs time in proportion to it.
/// </summary>
internal static class KubernetesSecretValues
{
    /// <summary>Keys whose last word names a setting that is not a credential (DB_USER, db.host, ca.crt, client-id).</summary>
    private static readonly HashSet<string> NotSecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "user", "username", "login", "email", "name", "dbname", "database", "db", "host", "hostname", "server", "port",
        "url", "uri", "endpoint", "namespace", "region", "id", "crt", "cert", "certificate", "thumbprint", "fingerprint",
        "broker", "brokers", "hosts", "servers", "address",
    };

    /// <summary>The spans of the values (quotes included) under <c>data:</c> (base 64) of every Kubernetes Secret in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int Length)> Data(string text) => Under(text, "data");

    /// <summary>The spans of the values under <c>stringData:</c> (written as they are) of every Kubernetes Secret in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int Length)> StringData(string text) => Under(text, "stringData");

    private static IEnumerable<(int Start, int Length)> Under(string text, string section)
    {
        var open = new List<Mapping>();
        var blockScalarColumn = -1;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = new Line(text, start, end);
            start = end + 1;
            if (line.IsBlank)
            {
                continue;
            }

            if (blockScalarColumn >= 0 && line.Indent > blockScalarColumn)
            {
                continue;
            }

            blockScalarColumn = -1;
            if (line.IsDocumentMarker)
            {
                foreach (var value in Close(open, -1))
                {
                    yield return value;
                }

                continue;
            }

            // Only keys and list items shape the mappings: a template directive ("{{- if .Values.x }}") or the next
            // line of a long value does not end one.
            var hasKey = line.TryKey(out var key, out var valueStart);
            if (!hasKey && !line.IsListItem)
            {
                continue;
            }

            var column = line.KeyColumn;
            foreach (var value in Close(open, line.IsListItem ? line.Indent : column))
            {
                yield return value;
            }

            if (!hasKey)
            {
                continue;
            }

            var mapping = open.Count > 0 && open[open.Count - 1].Column == column ? open[open.Count - 1] : Open(open, column, section);
            mapping.CurrentKey = key;
            var valueEnd = ValueEnd(text, valueStart, end);
            if (valueEnd > valueStart && (text[valueStart] == '|' || text[valueStart] == '>'))
            {
                blockScalarColumn = column;
            }

            if (key == "kind" && Unquoted(text, valueStart, valueEnd) == "Secret")
            {
                mapping.IsSecret = true;
            }

            if (mapping.DataOf is { } secret && valueEnd > valueStart && !NamesASetting(key))
            {
                secret.Values.Add((valueStart, valueEnd - valueStart));
            }
        }

        foreach (var value in Close(open, -1))
        {
            yield return value;
        }
    }

    private static Mapping Open(List<Mapping> open, int column, string section)
    {
        var parent = open.Count > 0 ? open[open.Count - 1] : null;
        var mapping = new Mapping(column, parent?.CurrentKey == section ? parent : null);
        open.Add(mapping);
        return mapping;
    }

    /// <summary>Ends the mappings deeper than <paramref name="column"/>; a Secret that ends gives its values.</summary>
    private static IEnumerable<(int Start, int Length)> Close(List<Mapping> open, int column)
    {
        while (open.Count > 0 && open[open.Count - 1].Column > column)
        {
            var mapping = open[open.Count - 1];
            open.RemoveAt(open.Count - 1);
            if (mapping.IsSecret)
            {
                foreach (var value in mapping.Values)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>Where the value ends: before trailing spaces and a comment.</summary>
    private static int ValueEnd(string text, int start, int end)
    {
        var comment = text.IndexOf(" #", start, end - start, StringComparison.Ordinal);
        var last = comment < 0 ? end : comment;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        return last;
    }

    private static string Unquoted(string text, int start, int end)
    {
        if (end - start >= 2 && (text[start] == '"' || text[start] == '\'') && text[end - 1] == text[start])
        {
            start++;
            end--;
        }

        return text.Substring(start, end - start);
    }

    private static bool NamesASetting(string key)
    {
        var start = key.Length;
        while (start > 0 && key[start - 1] is not ('.' or '_' or '-'))
        {
            start--;
        }

        return NotSecretWords.Contains(key.Substring(start));
    }

    private sealed class Mapping
    {
        public Mapping(int column, Mapping? dataOf)
        {
            Column = column;
            DataOf = dataOf;
        }

        public int Column { get; }

        /// <summary>The Secret whose <c>data:</c> (or <c>stringData:</c>) this mapping is; null for any other mapping.</summary>
        public Mapping? DataOf { get; }

        public string? CurrentKey { get; set; }

        public bool IsSecret { get; set; }

        public List<(int Start, int Length)> Values { get; } = new();
    }

    /// <summary>One line of YAML: its indentation, whether it starts a list item ("- "), and its key.</summary>
    private readonly struct Line
    {
        private readonly string text;
        private readonly int end;
        private readonly int keyAt;

        public Line(string text, int start, int end)
        {
            this.text = text;
            this.end = end > start && text[end - 1] == '\r' ? end - 1 : end;
            var at = start;
            while (at < this.end && text[at] == ' ')
            {
                at++;
            }

            Indent = at - start;
            IsListItem = at + 1 < this.end && text[at] == '-' && text[at + 1] == ' ';
            var key = IsListItem ? at + 2 : at;
            while (IsListItem && key < this.end && text[key] == ' ')
            {
                key++;
            }

            keyAt = key;
            KeyColumn = key - start;
            IsBlank = at == this.end || text[at] == '#';
            IsDocumentMarker = Indent == 0 && this.end - at >= 3 && (string.CompareOrdinal(text, at, "---", 0, 3) == 0 || string.CompareOrdinal(text, at, "...", 0, 3) == 0)
                && (this.end - at == 3 || text[at + 3] == ' ');
        }

        public int Indent { get; }

        public int KeyColumn { get; }

        public bool IsListItem { get; }

        public bool IsBlank { get; }

        public bool IsDocumentMarker { get; }

        /// <summary>A plain key ("name:" then a space or the end of the line) and where its value starts.</summary>
        public bool TryKey(out string key, out int valueStart)
        {
            key = string.Empty;
            valueStart = end;
            var at = keyAt;
            while (at < end && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '-' or '.'))
            {
                at++;
            }

            if (at == keyAt || at == end || text[at] != ':' || (at + 1 < end && text[at + 1] != ' '))
            {
                return false;
            }

            key = text.Substring(keyAt, at - keyAt);
            valueStart = at + 1;
            while (valueStart < end && text[valueStart] == ' ')
            {
                valueStart++;
            }

            return true;
        }
    }
}
