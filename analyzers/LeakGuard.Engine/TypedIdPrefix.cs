namespace LeakGuard.Engine;

/// <summary>
/// A value written after a short lower-case type prefix and '_' ("cl_…" a client's id, "oac_…" an integration's,
/// "prj_…" a project's, "cus_…" a customer's): the whole is an object's id in an API that types its ids so. A key a
/// rule knows only by its length and alphabet stands alone; one of its provider's own prefixed formats has a rule of
/// its own that takes the prefix too.
/// </summary>
internal static class TypedIdPrefix
{
    private const int MinLength = 2;
    private const int MaxLength = 6;

    public static bool Precedes(string text, int secretStart)
    {
        if (secretStart < MinLength + 1 || text[secretStart - 1] != '_')
        {
            return false;
        }

        var at = secretStart - 1;
        while (at > 0 && secretStart - 1 - at < MaxLength + 1 && text[at - 1] is >= 'a' and <= 'z')
        {
            at--;
        }

        var length = secretStart - 1 - at;
        return length is >= MinLength and <= MaxLength && (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '-' or '.'));
    }
}
