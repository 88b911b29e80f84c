from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_name import ServiceName
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A client connected to one of the nodes.

    Attributes:
        client (str): The client's address.
        client_port (int):
        node (str): The node it is connected to (`POSTBAY_NODE_NAME`).
        service (ServiceName): A service the server offers.
        session (int): The session's number on its node, as its log lines show it (`session{id=...}`).
        since (datetime.datetime):
        tls (bool): TLS is up (implicit or after STARTTLS).
        account_id (None | Unset | UUID): The account logged in; absent before a login and for mail from other servers.
        folder (None | str | Unset): The IMAP folder selected (POP3: `INBOX`, which the session holds).
        last_command (None | str | Unset): The name of the last command (never its arguments).
        user (None | str | Unset): The account's address.
    """

    client: str
    client_port: int
    node: str
    service: ServiceName
    session: int
    since: datetime.datetime
    tls: bool
    account_id: None | Unset | UUID = UNSET
    folder: None | str | Unset = UNSET
    last_command: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client

        client_port = self.client_port

        node = self.node

        service = self.service.value

        session = self.session

        since = self.since.isoformat()

        tls = self.tls

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        folder: None | str | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        last_command: None | str | Unset
        if isinstance(self.last_command, Unset):
            last_command = UNSET
        else:
            last_command = self.last_command

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "clientPort": client_port,
                "node": node,
                "service": service,
                "session": session,
                "since": since,
                "tls": tls,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if folder is not UNSET:
            field_dict["folder"] = folder
        if last_command is not UNSET:
            field_dict["lastCommand"] = last_command
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client = d.pop("client")

        client_port = d.pop("clientPort")

        node = d.pop("node")

        service = ServiceName(d.pop("service"))

        session = d.pop("session")

        since = datetime.datetime.fromisoformat(d.pop("since"))

        tls = d.pop("tls")

        def _parse_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_id_type_0 = UUID(data)

                return account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        account_id = _parse_account_id(d.pop("accountId", UNSET))

        def _parse_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder = _parse_folder(d.pop("folder", UNSET))

        def _parse_last_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_command = _parse_last_command(d.pop("lastCommand", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        connection = cls(
            client=client,
            client_port=client_port,
            node=node,
            service=service,
            session=session,
            since=since,
            tls=tls,
            account_id=account_id,
            folder=folder,
            last_command=last_command,
            user=user,
        )

        connection.additional_properties = d
        return connection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
