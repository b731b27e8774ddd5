using LeakGuard.Engine;

namespace LeakGuard.Cli.Detect;

/// <summary>
/// A secret found in one text, with its 1-based span. End column is exclusive (the column after the last character),
/// as in SARIF; columns count UTF-16 code units, SARIF's default column kind. <see cref="Decoded"/> when the secret was
/// found by decoding the text there (base64, percent escapes), so it is not written as is.
/// </summary>
internal sealed record LocatedSecret(SecretRule Rule, string Secret, int StartLine, int StartColumn, int EndLine, int EndColumn, bool Decoded = false);
