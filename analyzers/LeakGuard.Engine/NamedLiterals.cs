using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>
/// The literals one rule's matches name in one text (<see cref="ReferencedLiteral"/>), each name looked up once and its
/// literals handed out once, at its first use: a text that takes a name a thousand times costs one search of it, and a
/// thousand literals of that name are judged once each, not once per use. A text that takes more than
/// <see cref="MaxNames"/> names is not real code handing a key around; the names beyond are not looked up, so that
/// hostile input cannot make the scan search the text once per match.
/// </summary>
internal sealed class NamedLiterals
{
    public const int MaxNames = 32;

    private readonly string text;
    private readonly Regex shape;
    private readonly HashSet<string> looked = new(StringComparer.Ordinal);

    public NamedLiterals(string text, Regex shape)
    {
        this.text = text;
        this.shape = shape;
    }

    /// <summary>Whether a match took a name: the text hands a key around by name, whether or not it assigns it.</summary>
    public bool AnyTaken => looked.Count > 0;

    /// <summary>The literals <paramref name="name"/> is assigned, the first time it is asked for; nothing after.</summary>
    public IEnumerable<(int Start, int Length, int NameStart)> Of(string name) =>
        looked.Count < MaxNames && looked.Add(name) ? ReferencedLiteral.Find(text, name, shape) : Enumerable.Empty<(int, int, int)>();
}
