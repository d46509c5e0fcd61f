from skolgrupp.gui.group_list import GROUP_ID_ROLE, GroupListModel


def test_group_list_model_passes_the_model_tester(qtmodeltester):
    model = GroupListModel()
    model.set_rows(
        [
            {"id": "a", "name": "Läsgruppen", "subject": "reading"},
            {"id": "b", "name": "Matte", "subject": "maths"},
            {"id": "c", "name": "Okänd", "subject": "unknown"},
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1).data(GROUP_ID_ROLE) == "b"
    assert not model.index(2).data(1).isNull()  # an unknown subject still gets an icon
    assert model.row_of("c") == 2 and model.row_of("x") == -1
