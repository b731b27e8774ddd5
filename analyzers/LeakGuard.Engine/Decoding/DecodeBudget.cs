namespace LeakGuard.Engine.Decoding;

/// <summary>Caps how many characters one scan decodes, whatever the text holds.</summary>
internal sealed class DecodeBudget
{
    private int remaining;

    public DecodeBudget(int characters) => remaining = characters;

    public bool IsSpent => remaining <= 0;

    public bool TrySpend(int characters)
    {
        if (characters > remaining)
        {
            remaining = 0;
            return false;
        }

        remaining -= characters;
        return true;
    }
}
