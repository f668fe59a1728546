import {
  MIN_COUNCIL_MEMBERS,
  sameModel,
  withMemberToggled,
  type CouncilModel,
  type CouncilOffer,
} from "@rules/council";

type CouncilToggleProps = {
  /** What this tier may convene: the models on offer and how many may sit. */
  offer: CouncilOffer;
  /** The members for the next message, or null when Council is off. */
  members: readonly CouncilModel[] | null;
  onChange: (members: CouncilModel[] | null) => void;
};

/**
 * Council mode for the next message: several models answer, review each
 * other, and a chairman writes the reply. The members are chosen from the
 * tier's offer (the server checks the choice again against its own list).
 */
export function CouncilToggle({ offer, members, onChange }: CouncilToggleProps) {
  return (
    <span className="composer__council">
      <label title="Several models answer, rank each other anonymously, and a chairman writes the final answer">
        <input
          type="checkbox"
          checked={members !== null}
          onChange={(event) => onChange(event.target.checked ? [...offer.defaults] : null)}
          data-testid="council-toggle"
        />
        <span>Council</span>
      </label>
      {members && <MemberPicker offer={offer} members={members} onChange={onChange} />}
    </span>
  );
}

function MemberPicker({
  offer,
  members,
  onChange,
}: {
  offer: CouncilOffer;
  members: readonly CouncilModel[];
  onChange: (members: CouncilModel[]) => void;
}) {
  return (
    <details className="composer__council-members" data-testid="council-members">
      <summary>{members.length} members</summary>
      <fieldset>
        <legend>
          Council members ({MIN_COUNCIL_MEMBERS} to {offer.maxMembers})
        </legend>
        {offer.models.map((model) => {
          const seated = members.some((m) => sameModel(m, model));
          const locked = seated ? members.length <= MIN_COUNCIL_MEMBERS : members.length >= offer.maxMembers;
          return (
            <label key={`${model.provider}:${model.model}`}>
              <input
                type="checkbox"
                checked={seated}
                disabled={locked}
                onChange={() => onChange(withMemberToggled(members, model, offer))}
                data-testid={`council-member-${model.provider}:${model.model}`}
              />{" "}
              {model.model} <small>({model.provider})</small>
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
