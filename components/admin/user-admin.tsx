"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { peopleApi } from "../api/people";
import { CreateUserForm } from "./create-user-form";

export interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** `users` is a page of the accounts; `total` how many there are in all. */
export function UserAdmin({ users, total, currentUserId }: { users: AdminUserRow[]; total: number; currentUserId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const [pending, startTransition] = useTransition();
  const [resetting, setResetting] = useState<string | null>(null);

  function act(label: string, call: () => Promise<unknown>) {
    setMessage(undefined);
    startTransition(async () => {
      try {
        await call();
        setMessage({ kind: "success", text: label });
        router.refresh();
      } catch (error) {
        setMessage({ kind: "error", text: (error as Error).message });
      }
    });
  }

  return (
    <>
      <div aria-live="polite">
        {message && (
          <div className={`alert ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </div>
        )}
      </div>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">People ({total})</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>
                    {user.name}
                    {user.id === currentUserId && <span className="muted"> (you)</span>}
                  </td>
                  <td>{user.email}</td>
                  <td>
                    <select
                      aria-label={`Role for ${user.email}`}
                      value={user.role}
                      disabled={pending}
                      onChange={(event) =>
                        act(`${user.email} is now ${ROLE_LABELS[event.target.value as Role]}.`, () =>
                          peopleApi.updateUser(user.id, { role: event.target.value as Role }),
                        )
                      }
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <span className={`badge${user.disabled ? " off" : ""}`}>{user.disabled ? "Disabled" : "Active"}</span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className={user.disabled ? "secondary" : "danger"}
                      disabled={pending}
                      aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
                      onClick={() =>
                        act(`${user.email} is ${user.disabled ? "enabled" : "disabled"}.`, () =>
                          peopleApi.updateUser(user.id, { disabled: !user.disabled }),
                        )
                      }
                    >
                      {user.disabled ? "Enable" : "Disable"}
                    </button>{" "}
                    <button
                      type="button"
                      className="secondary"
                      disabled={pending}
                      aria-label={`Sign out everywhere: ${user.email}`}
                      onClick={() => act(`${user.email} is signed out on every device.`, () => peopleApi.revokeSessions(user.id))}
                    >
                      Sign out everywhere
                    </button>{" "}
                    {user.id !== currentUserId &&
                      (resetting === user.id ? (
                        <form
                          className="inline-form"
                          onSubmit={(event) => {
                            event.preventDefault();
                            const newPassword = String(new FormData(event.currentTarget).get("newPassword") ?? "");
                            act(`${user.email} has a new password and is signed out everywhere.`, () => peopleApi.resetPassword(user.id, { newPassword }));
                            setResetting(null);
                          }}
                        >
                          <label htmlFor={`reset-${user.id}`}>New password for {user.email}</label>
                          <input id={`reset-${user.id}`} name="newPassword" type="password" autoComplete="new-password" required />
                          <button type="submit" disabled={pending}>
                            Set password
                          </button>
                          <button type="button" className="secondary" onClick={() => setResetting(null)}>
                            Cancel
                          </button>
                        </form>
                      ) : (
                        <button type="button" className="secondary" disabled={pending} aria-label={`Reset password: ${user.email}`} onClick={() => setResetting(user.id)}>
                          Reset password
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <CreateUserForm onCreated={(email) => { setMessage({ kind: "success", text: `Created an account for ${email}.` }); router.refresh(); }} />
    </>
  );
}
