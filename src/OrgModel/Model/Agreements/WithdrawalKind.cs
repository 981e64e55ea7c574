namespace OrgModel.Model;

/// <summary>How a party left an agreement.</summary>
public enum WithdrawalKind
{
    /// <summary>Withdrawal under the agreement's terms.</summary>
    Withdrawal = 0,

    /// <summary>Denunciation.</summary>
    Denunciation = 1,
}
