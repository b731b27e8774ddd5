namespace LeakGuard.Engine.Rules;

/// <summary>What may stand between the two parts of a credential issued as a pair.</summary>
internal static class Pairs
{
    /// <summary>
    /// A few separators, optionally followed by the second part's name and its assignment, as in
    /// "\naws_secret_access_key = " or "\", \"AuthToken\": \"", or by two words ("\nsetenv AWS_SECRET_ACCESS_KEY = ",
    /// "\nconst apiSecret = "). <paramref name="valueChars"/> are the characters of the values, which the separators
    /// may not contain. Up to 24 of them: a call's next argument on the next line is indented by 8, 12 or 16 spaces.
    /// </summary>
    public static string Between(string valueChars) =>
        $"[^{valueChars}]{{1,24}}(?:[A-Za-z_.-]{{1,40}}[^{valueChars}]{{1,12}}){{0,2}}";
}
