namespace LeakGuard.Engine;

/// <summary>
/// Where a rule matched and where the secret it found stands: inside the match, or for a URL that takes its key from a
/// name, at the literal that name is assigned (<see cref="ReferencedLiteral"/>).
/// </summary>
/// <param name="MatchStart">Where the pattern's match starts.</param>
/// <param name="MatchLength">How long the match is.</param>
/// <param name="SecretStart">Where the secret starts.</param>
/// <param name="SecretLength">How long the secret is.</param>
/// <param name="NameStart">Where the name the secret is given starts its search: the match's start, or the assigned name's.</param>
/// <param name="ByName">Whether the match names the secret rather than holds it.</param>
internal readonly record struct MatchSpan(int MatchStart, int MatchLength, int SecretStart, int SecretLength, int NameStart, bool ByName = false);
