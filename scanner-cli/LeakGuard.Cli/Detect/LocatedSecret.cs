using LeakGuard.Engine;

namespace LeakGuard.Cli.Detect;

/// <summary>
/// A secret found in one text, with its 1-based span. End column is exclusive (the column after the last character),
/// as in SARIF; columns count UTF-16 code units, SARIF's default column kind.
/// </summary>
internal sealed record LocatedSecret(SecretRule Rule, string Secret, int StartLine, int StartColumn, int EndLine, int EndColumn);
