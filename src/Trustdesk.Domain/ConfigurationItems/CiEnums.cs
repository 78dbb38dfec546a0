namespace Trustdesk.Domain.ConfigurationItems;

/// <summary>4me's seventeen CI statuses, in the order of a CI's life.</summary>
public enum CiStatus
{
    Ordered,
    BeingBuilt,
    InStock,
    Reserved,
    InTransit,
    Installed,
    BeingTested,
    StandbyForContinuity,
    LentOut,
    InProduction,
    UndergoingMaintenance,
    BrokenDown,
    BeingRepaired,
    Archived,
    ToBeRemoved,
    LostOrStolen,
    Removed,
}

/// <summary>What a CI is to the related CI, read from the CI named first.</summary>
public enum CiRelationType
{
    /// <summary>The related CI is part of this one (a laptop's docking station, a rack's server).</summary>
    Parent,
    /// <summary>This CI is part of the related one.</summary>
    Child,
    /// <summary>This CI needs the related one to work (an application on its database server).</summary>
    DependsOn,
    /// <summary>The related CI needs this one to work.</summary>
    DependencyOf,
    /// <summary>The two are connected (a printer to its print server).</summary>
    ConnectedTo,
}

public static class CiRelationTypes
{
    /// <summary>The same relation read from the other CI: a parent's child is that child's parent.</summary>
    public static CiRelationType FromOtherEnd(this CiRelationType type) => type switch
    {
        CiRelationType.Parent => CiRelationType.Child,
        CiRelationType.Child => CiRelationType.Parent,
        CiRelationType.DependsOn => CiRelationType.DependencyOf,
        CiRelationType.DependencyOf => CiRelationType.DependsOn,
        _ => type,
    };
}

public static class CiStatuses
{
    /// <summary>
    /// 4me's <c>/cis/active</c>: a CI still part of the estate. Archived, to be removed, lost or stolen and removed ones
    /// are inactive (<c>/cis/inactive</c>).
    /// </summary>
    public static bool IsActive(this CiStatus status) =>
        status is not (CiStatus.Archived or CiStatus.ToBeRemoved or CiStatus.LostOrStolen or CiStatus.Removed);

    public static readonly CiStatus[] Inactive = [CiStatus.Archived, CiStatus.ToBeRemoved, CiStatus.LostOrStolen, CiStatus.Removed];
}
